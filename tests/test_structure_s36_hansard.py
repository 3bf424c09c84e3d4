"""Session 36, Hansard and speeches: a Commons page that sets its spelt-out "Share this
contribution" row under each member line, the debate's title line between the sitting's date
and its volume line (no place), and three label-less pages whose header walk stopped at a long
title: a mission's "Remarks at …" title over its giver's line, a ministry's "Speech by Minister
for Foreign Affairs X …" over its addressees in one row, and a column's dek over its
"Name Surname, post" byline and the date."""

from __future__ import annotations

import pytest
from tests.structure_support import run, turn_rows

_COMMONS = (
    "Skip to main content\nUK Parliament\nHansard\nCommons\n"
    "Tuesday 14 October 2025\nFisheries\n"
    "Volume 773: debated on Tuesday 14 October 2025\nDownload text\nStatement\n\n"
    "4.12 pm\n"
    "The Secretary of State for Environment, Food and Rural Affairs (Emma Hardy)\n"
    "Share this contribution\n"
    "With permission, Madam Deputy Speaker, I will make a statement on the quota talks. "
    "We secured a fair deal for our coastal communities.\n\n"
    "I commend this statement to the House.\n\n"
    "Madam Deputy Speaker (Ms Nusrat Ghani)\n"
    "Share this contribution\n"
    "I call the shadow Secretary of State.\n\n"
    "Victoria Atkins (Louth and Horncastle) (Con)\n"
    "Share this contribution\n"
    "I thank the Secretary of State for advance sight of her statement. Will she publish the "
    "impact assessment before the House rises?\n\n"
    "Emma Hardy\n"
    "Share this contribution\n"
    "I thank the right hon. Lady. We will publish it this week, as she asks.\n\n"
    "Madam Deputy Speaker (Ms Nusrat Ghani)\n"
    "Share this contribution\n"
    "I call the Liberal Democrat spokesperson.\n\n"
    "Alistair Carmichael (Orkney and Shetland) (LD)\n"
    "Share this contribution\n"
    "Will the Secretary of State meet the Shetland fishermen to hear their concerns?\n\n"
    "Emma Hardy\n"
    "Share this contribution\n"
    "I would be delighted to meet them, and I will ask my officials to arrange it.\n"
)

COMMONS_TURNS = [
    ("statement", "Emma Hardy", "With permission, Madam Deputy Speaker"),
    ("other", "Nusrat Ghani", "I call the shadow Secretary of State."),
    ("question", "Victoria Atkins", "I thank the Secretary of State for advance sight"),
    ("answer", "Emma Hardy", "I thank the right hon. Lady."),
    ("other", "Nusrat Ghani", "I call the Liberal Democrat spokesperson."),
    ("question", "Alistair Carmichael", "Will the Secretary of State meet"),
    ("answer", "Emma Hardy", "I would be delighted to meet them"),
]


def test_commons_share_this_contribution_row_under_member() -> None:
    rows = turn_rows(_COMMONS)
    assert len(rows) == len(COMMONS_TURNS)
    for (label, who, body), (want_label, want_who, start) in zip(rows, COMMONS_TURNS, strict=True):
        assert (label, who) == (want_label, want_who)
        assert body.startswith(start)
    assert all("Share this contribution" not in body for _, _, body in rows)


def test_commons_debate_title_between_date_and_volume_is_no_place() -> None:
    assert run(_COMMONS).meta.place is None


_USUN = (
    "Skip to main content\nAn official website of the United States government\n"
    "U.S. Mission to the United Nations\nMenu\nHome\nRemarks and Highlights\nContact\n\n"
    "Remarks at a UN Security Council Briefing on the Humanitarian Situation in Sudan and the "
    "Wider Region\n\n"
    "Ambassador Dorothy Shea\nActing U.S. Representative to the United Nations\n"
    "New York, New York\nMarch 12, 2025\n\nAS DELIVERED\n\n"
    "Thank you, Madam President. And thank you to our briefers for their sobering accounts.\n\n"
    "Colleagues, the people of Sudan cannot wait any longer. Famine has taken hold in several "
    "areas, and the warring parties continue to block aid.\n\n"
    "We call on both sides to open every crossing. Thank you.\n\n###\n\n"
    "By U.S. Mission to the United Nations | 12 March, 2025 | Topics: Remarks, Sudan\n"
)

_FINLAND = (
    "Ministry for Foreign Affairs of Finland\nMenu\nFront page\nCurrent affairs\n\n"
    "Front page > Current affairs > Speeches\n\n"
    "Minister Valtonen’s speech at the Atlantic Council in Washington, D.C.\n\n"
    "Speech by Minister for Foreign Affairs Elina Valtonen at the Atlantic Council, "
    "Washington, D.C., 3 June 2025\n\n"
    "Publication date 3.6.2025 18.05 | Type:Speeches\n\nCheck against delivery\n\n"
    "Mr. Kempe, Excellencies, Ladies and Gentlemen,\n\n"
    "It is an honour to be back at the Atlantic Council. Finland joined NATO because we looked "
    "at the map and drew the only responsible conclusion.\n\n"
    "Our security rests on our own preparedness and on our allies. Thank you very much.\n"
)

_COLUMN = (
    "Новая газета\nПолитика\nЭкономика\nОбщество\nКультура\nСпорт\nРасследования\nКолонки\n"
    "Подкасты\nСпецпроекты\nПоиск\nВойти\nПоддержать\n\n"
    "Колонка · Экономика\nЦена ожидания\n"
    "Почему покупатели откладывают крупные покупки на потом и что из этого следует для рынка\n"
    "Ирина Петрова, обозреватель «Новой»\n10:15, 3 апреля 2025\n"
    "Мнение автора может не совпадать с мнением редакции\n\n"
    "Скопировать ссылку\nTelegram\n\n"
    "Продавцы бытовой техники жалуются на странную зиму. Люди приходят, смотрят, спрашивают о "
    "рассрочке и уходят.\n\n"
    "Это не бедность, а осторожность. Покупатель ждёт, и ожидание стало привычкой.\n"
)

SPEECH_PAGES = [
    (_USUN, "Dorothy Shea", "Thank you, Madam President.", "every crossing. Thank you."),
    (_FINLAND, "Elina Valtonen", "Mr. Kempe, Excellencies,", "Thank you very much."),
    (_COLUMN, "Ирина Петрова", "Продавцы бытовой техники", "ожидание стало привычкой."),
]


@pytest.mark.parametrize(("text", "speaker", "prefix", "suffix"), SPEECH_PAGES)
def test_speech_body_and_giver_under_long_title(
    text: str, speaker: str, prefix: str, suffix: str
) -> None:
    rows = turn_rows(text)
    assert len(rows) == 1
    label, who, body = rows[0]
    assert label == "statement"
    assert who == speaker
    assert body.startswith(prefix)
    assert body.endswith(suffix)
