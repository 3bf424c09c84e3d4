"""Check U, batch VT VU VZ: a briefing question that opens on its topic before addressing the
briefer ("On Haiti, Farhan, you …") names no reporter; a headline that asks the reader, over
its writer's bare name and the date line, is the page's, and the introduction starts at the
lead below; a BBC press-office PDF's masthead in capitals reads its slash date day first."""

from __future__ import annotations

import pytest

from structure_support import run, turn_rows

_BRIEFING = (
    "Noon briefing by the Deputy Spokesman for the Secretary-General, {briefer}\n\n"
    "Deputy Spokesman: Good afternoon. I will start with an update on the floods in the region, "
    "where agencies report rising needs.\n\n"
    "Question: Thanks, {given}. On the floods, is there an appeal?\n\n"
    "Deputy Spokesman: There is an appeal, and it is twenty percent funded so far. Yes, Edie?\n\n"
    "Question: {opener}, {given}, you mentioned the airport. Is it open?\n\n"
    "Deputy Spokesman: It is open for humanitarian flights only.\n\n"
    "Question: And the port?\n\n"
    "Deputy Spokesman: The port remains closed.\n"
)


@pytest.mark.parametrize(
    ("briefer", "opener"),
    [
        ("Farhan Haq", "On Haiti"),
        ("Stéphane Dujarric", "On Myanmar"),
        ("Farhan Haq", "Regarding Yemen"),
    ],
)
def test_topic_before_address_names_no_reporter(briefer: str, opener: str) -> None:
    """ "On Haiti, Farhan, you …" is the question's topic and an address to the briefer, no
    self-introduction: the unnamed question label stays nobody's."""
    given = briefer.split()[0]
    rows = turn_rows(_BRIEFING.format(briefer=briefer, given=given, opener=opener))
    asked = [(label, speaker) for label, speaker, body in rows if body.startswith(opener)]
    assert asked == [("question", None)]
    assert all(speaker in (None, briefer) for _, speaker, _ in rows)


_ASKING_HEADLINE = (
    "{site}\n{menu}\n\n"
    "{headline}\n\n"
    "{above}\n{below}\n{share}\n\n"
    "{lead}\n\n"
    "{host}: {opening}\n\n"
    "{guest}: {answer}\n\n"
    "{host}: {question}\n\n"
    "{guest}: {answer2}\n"
)


@pytest.mark.parametrize(
    "fields",
    [
        {
            "site": "Радио Свобода",
            "menu": "Эфир\nПрограммы",
            "headline": "Омск без тепла. Кто ответит за старые котельные?",
            "above": "Елена Рыкова",
            "below": "3 февраля 2026",
            "share": "Поделиться\nКомментарии",
            "lead": "В Омске после аварии на котельной несколько дней без тепла оставались "
            "тысячи квартир. Об этом в эфире рассуждает инженер-теплотехник Павел Грачев.",
            "host": "Елена Рыкова",
            "guest": "Павел Грачев",
            "opening": "Павел, добрый вечер. Почему котельная не выдержала морозов?",
            "answer": "Добрый вечер. Оборудование изношено, его не меняли тридцать лет.",
            "question": "А кто должен был его менять?",
            "answer2": "Формально владелец, но денег в тарифе на это не заложено.",
        },
        {
            "site": "NPR",
            "menu": "News\nPodcasts & Shows",
            "headline": "Thousands of school buses are overdue for brake checks. Who is watching?",
            "above": "March 4, 20266:12 AM ET",
            "below": "Steve Inskeep",
            "share": "Heard on Morning Edition",
            "lead": "NPR's Steve Inskeep talks with Dana Whitcomb, a state safety auditor, "
            "about a review that found thousands of school buses overdue for inspection.",
            "host": "STEVE INSKEEP",
            "guest": "DANA WHITCOMB",
            "opening": "How many buses are we talking about?",
            "answer": "More than 3,000 across the states we reviewed, some a year overdue.",
            "question": "Why has nobody caught this?",
            "answer2": "Because the records are kept on paper in many districts.",
        },
    ],
)
def test_asking_headline_over_byline_and_date_is_the_pages(fields: dict[str, str]) -> None:
    """A headline that asks, with the writer's bare name and the date line below it, is the
    page's: the introduction turn starts at the lead paragraph."""
    rows = turn_rows(_ASKING_HEADLINE.format(**fields))
    assert rows[0][:2] == ("other", None)
    assert rows[0][2].startswith(fields["lead"][:20])
    assert [label for label, _, _ in rows[1:]] == ["question", "answer", "question", "answer"]


@pytest.mark.parametrize(
    ("masthead", "date", "iso"),
    [
        ("BBC RADIO 4, TODAY PROGRAMME", "03/02/2026", "2026-02-03"),
        ("BBC NEWS, SUNDAY WITH LAURA KUENSSBERG", "08/03/2026", "2026-03-08"),
    ],
)
def test_capitals_bbc_masthead_reads_slash_date_day_first(
    masthead: str, date: str, iso: str
) -> None:
    """A press-office PDF sets the BBC's masthead in capitals; its ambiguous slash date reads
    day first, as under the mixed-case masthead."""
    text = (
        f"{masthead}\nINTERVIEW: JANE ROE MP, MINISTER OF STATE\nINTERVIEWER: NICK ROBINSON\n"
        f"DATE: {date}\nTIME: 0810\n\n"
        "NICK ROBINSON: Minister, good morning. Is the scheme ready to start on Monday?\n\n"
        "JANE ROE: Good morning. It is ready, and councils have had the money since January.\n\n"
        "NR: But half of them say they cannot hire the staff. What then?\n\n"
        "JR: Then we will help them, as we did last winter.\n"
    )
    assert run(text).meta.to_dict().get("date") == iso
