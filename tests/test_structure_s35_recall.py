"""Session 35, turn recall: a senator's press release whose lead "today delivered the following
remarks" stands over the prepared-remarks header block, a think tank's standfirst over its
credited main image and "Share this" button, its disclaimer, terms-of-use pointer, pitch box
and capitalised "Fellow" bio under the piece, the Independent's "More about" topic box and
comment-forum pitch, the NYT's dek over its player, caption, byline, host note and date, and
Izvestia's subheading in guillemets right over the first label."""

from __future__ import annotations

import pytest
from tests.structure_support import turn_rows

_FLOOR_SPEECH = (
    "Mr. President, this week marks the anniversary of the Rural Hospitals Act. It was written "
    "by people who had watched clinics close in their own towns, one after another.\n\n"
    "Those clinics were the only care for miles. We owe it to those towns to keep them open, "
    "and I intend to keep working with my colleagues on both sides of the aisle to do it.\n\n"
    "I yield the floor.\n"
)

RELEASE_PAGES = [
    (
        "Senator Mary Holt\nUnited States Senator for Kansas\nHome\nNews\n\n"
        "Holt Marks Rural Hospitals Anniversary on the Senate Floor\n\nMAR 4, 2025\n\n"
        "WASHINGTON – Senate Health Committee member Mary Holt (R-Kan.) today delivered the "
        "following remarks on the Senate floor marking the anniversary of the Rural Hospitals "
        "Act. Video of her remarks can be found HERE.\n\n"
        "Prepared Floor Remarks by U.S. Senator Mary Holt of Kansas\nRural Hospitals Act\n"
        "Tuesday, March 4, 2025\n\n" + _FLOOR_SPEECH + "\n-30-\n",
        "Mary Holt",
    ),
    (
        "Senator Mary Holt\nNews\n\nHolt on Rural Hospitals\n\nMAR 4, 2025\n\n"
        "WASHINGTON – U.S. Senator Mary Holt (R-Kan.) gave the following speech on the Senate "
        "floor today\n\n"
        "Prepared Floor Remarks by U.S. Senator Mary Holt of Kansas\nTuesday, March 4, 2025\n\n"
        + _FLOOR_SPEECH,
        "Mary Holt",
    ),
]


@pytest.mark.parametrize(("page", "speaker"), RELEASE_PAGES)
def test_release_lead_announcing_the_following_remarks_is_no_part_of_the_speech(
    page: str, speaker: str
) -> None:
    rows = turn_rows(page)
    assert len(rows) == 1
    label, who, body = rows[0]
    assert (label, who) == ("statement", speaker)
    assert body.startswith("Mr. President, this week marks the anniversary")
    assert body.endswith("I yield the floor.")


def test_first_person_line_delivering_the_following_remarks_stays_speech() -> None:
    page = (
        "Remarks on Rural Hospitals\nMarch 4, 2025\n\n"
        "Last year I delivered the following remarks on this floor, and I stand by every word "
        "of them.\n\n" + _FLOOR_SPEECH
    )
    rows = turn_rows(page)
    assert len(rows) == 1
    assert rows[0][2].startswith("Last year I delivered the following remarks")


_COMMENTARY = (
    "The alliance's new targets, due to be agreed next week, call for a sharp rise in "
    "ground-based air defence. After three years of war, that emphasis is understandable.\n\n"
    "But a rush to buy batteries risks crowding out what would actually deter an attack.\n\n"
    "The Cost Problem\n\n"
    "An interceptor costs millions; the drone it meets costs thousands. No stockpile survives "
    "that arithmetic for long, and that is what the new money should be spent to change.\n"
)
_COMMENTARY_FOOT = (
    "\nThe views expressed in this Commentary are the author’s, and do not represent those of "
    "the Institute or any other institution.\n\n"
    "For terms of use, see Website Terms of Use.\n\n"
    "Have an idea for a Commentary you’d like to write for us? Send a short pitch to "
    "pitches@institute.org and we’ll get back to you if it fits. Full guidelines for "
    "contributors can be found here.\n\n"
    "Anna Lindqvist is Senior Research Fellow for Air Power at the Institute, and Editor of its "
    "journal. Her research focuses on air defence and the economics of interception.\n\n"
    "WRITTEN BY\nAnna Lindqvist\nSenior Research Fellow, Air Power\nView profile\n\n"
    "Related Research\nLessons from the War for Air Defence\nCommentary, 4 March 2025\n"
)


def test_think_tank_commentary_furniture_above_and_below() -> None:
    page = (
        "INSTITUTE\nResearch\nEvents\n\nCommentary\n"
        "Europe Cannot Buy Its Way Out of the Air Defence Gap\nAnna Lindqvist\n19 June 2025\n"
        "Air Defence, Europe\n"
        "Stockpiles are only part of the problem. Air forces must be able to strike launchers.\n\n"
        "Main Image Credit A battery at an airport in Poland. Image: Defence Ministry / Jan "
        "Nowak\n\nShare this\n\n" + _COMMENTARY + _COMMENTARY_FOOT
    )
    rows = turn_rows(page)
    assert len(rows) == 1
    label, who, body = rows[0]
    assert (label, who) == ("statement", "Anna Lindqvist")
    assert body.startswith("The alliance's new targets, due to be agreed next week")
    assert body.endswith("that is what the new money should be spent to change.")
    assert "The Cost Problem" in body


def test_standfirst_without_share_button_stays_the_piece() -> None:
    page = (
        "Commentary\nEurope Cannot Buy Its Way Out of the Air Defence Gap\nAnna Lindqvist\n"
        "19 June 2025\n"
        "Stockpiles are only part of the problem. Air forces must be able to strike launchers.\n\n"
        + _COMMENTARY
    )
    rows = turn_rows(page)
    assert len(rows) == 1
    assert rows[0][2].startswith("Stockpiles are only part of the problem.")


_TODAY = (
    "Hannah Reid: Health secretary, good morning. Will the strike go ahead?\n\n"
    "Tom Ashby: Good morning. My door is open, and I sat down with them again yesterday to put "
    "a package on the table.\n\n"
    "Hannah Reid: Tom Ashby, thank you.\n"
)


@pytest.mark.parametrize(
    "foot",
    [
        "\nMore about\nTom Ashby\nBMA\nNHS\n\nJoin our commenting forum\n"
        "Join thought-provoking conversations, follow other Independent readers and see their "
        "replies\nComments\n\nMost popular\n",
        "\nJoin our commenting forum\n"
        "Join thought-provoking conversations, follow other Independent readers and see their "
        "replies\nComments\n",
    ],
)
def test_topic_box_and_comment_forum_pitch_trail(foot: str) -> None:
    rows = turn_rows(_TODAY + foot)
    assert rows[-1][1:] == ("Hannah Reid", "Tom Ashby, thank you.")


_NYT_QA = (
    "**Maya Chen:** I want to start with the photograph. What was going through your head?\n\n"
    "**Ruth Alder:** Honestly? How do I get out of here. I had been invited to a meeting.\n\n"
    "**Chen:** A lot of people were furious. Were they wrong?\n\n"
    "**Alder:** I understand the frustration. But I have a state to run.\n"
)


def test_dek_over_player_caption_byline_and_date_is_the_pages() -> None:
    page = (
        "Skip to content\nThe Interview\nRuth Alder Thinks Her Party Forgot How to Talk\n"
        "The governor on tariffs, potholes and why she keeps going back to the White House.\n\n"
        "Listen to this article · 21:10 min Learn more\nShare full article\n\n"
        "Gov. Ruth Alder at the governor’s residence last month.Credit...Jane Roe for The New "
        "York Times\n\n"
        "By Maya Chen\nMaya Chen is the host of “The Interview.”\n\nMay 3, 2025\n\n"
        "When a photograph of Ruth Alder hiding her face went around the world last month, it "
        "seemed to capture the bind her party finds itself in.\n\n"
        "She talked about tariffs, roads and what she actually said behind that folder.\n\n"
        "This interview has been edited for length and clarity.\n\n" + _NYT_QA
    )
    rows = turn_rows(page)
    label, _, body = rows[0]
    assert label == "other"
    assert body.startswith("When a photograph of Ruth Alder hiding her face")
    assert body.endswith("what she actually said behind that folder.")
    assert rows[1][:2] == ("question", "Maya Chen")


def test_guillemet_subheading_over_first_label_is_the_pages() -> None:
    page = (
        "Политика\n«Мы не видим готовности к разговору»\n"
        "Замминистра Иван Петров — о диалоге и переговорах\nАнна Смирнова\n16 июня 2025\n"
        "Поделиться\n\n"
        "Стороны договорились продолжить консультации, однако прорыва пока нет. О ходе "
        "диалога рассказал замминистра Иван Петров.\n\n"
        "«Раздражители никуда не делись»\n\n"
        "«Известия»: Иван Сергеевич, какие итоги у последних консультаций?\n\n"
        "Петров: Консультации прошли в деловом ключе, и определенные результаты есть.\n\n"
        "«Известия»: Когда ждать следующего раунда?\n\n"
        "Петров: Сроки согласовываются, мы предложили провести его в Москве.\n"
    )
    rows = turn_rows(page)
    label, _, body = rows[0]
    assert label == "other"
    assert body.startswith("Стороны договорились продолжить консультации")
    assert body.endswith("рассказал замминистра Иван Петров.")
