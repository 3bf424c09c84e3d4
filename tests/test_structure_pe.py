"""Small cases for batch PE (round 54): a press secretary's call that is the reporter's full
name alone ("Peter Doocy.") gives the floor and names the "Q" after it; her thanks seeing the
guest off the podium, the next reporter's "Q" to her, is the chair's word; a radio host under
"QUESTION:" who is "joined in the studio by" the guest greets, and signing off out of time, the
guest's short thanks last, asks nothing; mid.ru's person tag "Вершинин С.В." among the rubrics
closes no answer; a news site's dek over the date, byline, share buttons and a caption glued
to its credit is the page's, the lead below it the introduction."""

import pytest

from structure_support import turn_rows

_BRIEFING = (
    "Press Briefing by Press Secretary Karoline Leavitt\n"
    "The White House\n"
    "October 14, 2025\n\n"
    "MS. LEAVITT:  Good afternoon, everybody. To walk you through the pipeline, I'm pleased to "
    "welcome Interior Secretary Doug Burgum to the podium. Mr. Secretary.\n\n"
    "SECRETARY BURGUM:  Thanks, Karoline. The simplest way to lower a heating bill is to build "
    "the pipe. With that, I'm happy to take a few questions.\n\n"
    "MS. LEAVITT:  {call}\n\n"
    "Q    Mr. Secretary, some analysts say prices would go up. Which is it?\n\n"
    "SECRETARY BURGUM:  Both things can be true in a textbook, but adding supply lowers "
    "prices. The bottleneck isn't the wellhead, it's the pipe.\n\n"
    "MS. LEAVITT:  {thanks}\n\n"
    "Q    Karoline, on the shutdown — has the President spoken to Leader Schumer?\n\n"
    "MS. LEAVITT:  He has not. The Democrats know exactly what it takes to reopen the "
    "government.\n"
)


@pytest.mark.parametrize(
    ("call", "asker"),
    [
        ("Peter Doocy.", "Peter Doocy"),
        ("Okay, Jacqui Heinrich.", "Jacqui Heinrich"),
        ("Jacqui.", None),  # a given name alone names no one
    ],
)
def test_full_name_call_gives_floor_and_names_asker(call: str, asker: str | None) -> None:
    rows = turn_rows(_BRIEFING.format(call=call, thanks="Thank you, Mr. Secretary."))
    i = next(n for n, r in enumerate(rows) if r[2] == call)
    assert rows[i][:2] == ("other", "Karoline Leavitt")
    assert rows[i + 1][:2] == ("question", asker)


@pytest.mark.parametrize(
    ("thanks", "label"),
    [
        ("Thank you, Mr. Secretary. We'll let him go back to work.", "other"),
        ("Thank you, Mr. Secretary.", "other"),
        # words of her own after the thanks answer still
        (
            "Thank you, Mr. Secretary. The President has been clear that every permit will be "
            "approved within weeks, and that is exactly what is happening across the country.",
            "answer",
        ),
    ],
)
def test_guest_thanked_off_the_podium(thanks: str, label: str) -> None:
    rows = turn_rows(_BRIEFING.format(call="Peter Doocy.", thanks=thanks))
    assert next(r[0] for r in rows if r[2] == thanks) == label


_RADIO = (
    "Deputy Secretary Landau's Interview With Martín Echeverría of Radio Mitre\n"
    "INTERVIEW\n"
    "Christopher Landau, Deputy Secretary of State\n"
    "November 4, 2025\n\n"
    "QUESTION:  {opening}\n\n"
    "DEPUTY SECRETARY LANDAU:  Thank you, Martín. It's a pleasure to be back in Argentina.\n\n"
    "QUESTION:  Let's begin with the swap line. What does Washington want in exchange?\n\n"
    "DEPUTY SECRETARY LANDAU:  Nothing is being asked in exchange except that Argentina keep "
    "doing what it is already doing.\n\n"
    "QUESTION:  {closing}\n\n"
    "DEPUTY SECRETARY LANDAU:  {reply}\n"
)


@pytest.mark.parametrize(
    ("opening", "closing", "reply", "labels"),
    [
        (
            "We are joined in the studio by the Deputy Secretary of State, Christopher Landau. "
            "Welcome to Radio Mitre, Mr. Deputy Secretary.",
            "Mr. Deputy Secretary, we are out of time. Thank you very much for being with us.",
            "Thank you, Martín. Un abrazo a todos los oyentes.",
            ["other", "answer", "question", "answer", "other", "answer"],
        ),
        # a question in the sign-off still asks
        (
            "We are joined in the studio by the Deputy Secretary of State, Christopher Landau. "
            "Welcome to Radio Mitre, Mr. Deputy Secretary.",
            "We are out of time, but quickly: will you come back next year?",
            "Yes, I hope so.",
            ["other", "answer", "question", "answer", "question", "answer"],
        ),
    ],
)
def test_radio_host_under_question_label_greets_and_signs_off(
    opening: str, closing: str, reply: str, labels: list[str]
) -> None:
    rows = turn_rows(_RADIO.format(opening=opening, closing=closing, reply=reply))
    assert [r[0] for r in rows] == labels


_MID = (
    "Интервью заместителя Министра иностранных дел России С.В.Вершинина журналу "
    "«Международная жизнь»\n"
    "28 октября 2025 года\n\n"
    "Вопрос: Какова позиция России по реформе Совета Безопасности?\n"
    "С.В.Вершинин: Наша позиция хорошо известна и неизменна.Вопрос: Что бы Вы пожелали молодым "
    "дипломатам?\n"
    "С.В.Вершинин: Терпения и хорошего знания Устава ООН. И, конечно, языков.\n\n"
    "Организация Объединенных Наций\n"
    "{tag}\n"
    "Совет Безопасности ООН\n"
    "Интервью\n\n"
    "Дополнительные материалы\n"
    "Фото\n"
    "Видео\n\n"
    "Поделиться\n"
    "Версия для печати\n"
)


@pytest.mark.parametrize("tag", ["Вершинин С.В.", "Лавров С.В."])
def test_mid_person_tag_among_rubrics_trails(tag: str) -> None:
    rows = turn_rows(_MID.format(tag=tag))
    assert rows[-1][2].endswith("И, конечно, языков.")


_NBC = (
    "NBC News\n"
    "Politics\n"
    "Read the full transcript of Tom Llamas' interview with North Carolina Gov. Josh Stein\n"
    "A year after Hurricane Helene, the governor says the state is still waiting on federal "
    "money.\n\n"
    "Sept. 26, 2025, 6:45 PM EDT\n"
    "By Alexandra Marquez\n"
    "Share\n"
    "Save\n"
    "{caption}\n\n"
    "NBC News anchor Tom Llamas sat down with North Carolina Gov. Josh Stein in Asheville on "
    "Thursday, nearly one year after the storm. Read the transcript of the interview below.\n\n"
    "TOM LLAMAS: Governor, when you drive through western North Carolina, what do you see?\n\n"
    "JOSH STEIN: I see incredible resilience, and families still living in campers.\n\n"
    "TOM LLAMAS: How much has Washington actually delivered?\n\n"
    "JOSH STEIN: Congress has appropriated a good amount, but a lot of it is stuck.\n\n"
    "TOM LLAMAS: Are you ready if another storm hits?\n\n"
    "JOSH STEIN: We're more ready than we were. We've pre-positioned supplies.\n"
)


@pytest.mark.parametrize(
    "caption",
    [
        "Gov. Josh Stein tours a damaged bridge in Chimney Rock, N.C., on Thursday.Allison "
        "Joyce / NBC News",
        "Gov. Josh Stein tours a damaged bridge on Thursday.Allison Joyce / Getty Images",
    ],
)
def test_dek_over_date_byline_buttons_and_glued_caption(caption: str) -> None:
    rows = turn_rows(_NBC.format(caption=caption))
    assert rows[0][0] == "other" and rows[0][2].startswith("NBC News anchor Tom Llamas")
