"""Small cases for batch QR QS QT (final check F): a reporter's self-introduction after "Yes,
good afternoon." in lower case, and their "Sorry, a quick follow-up." after two answers; a
moderator who announces each principal's "short statement" before the questions; a head of
state styled by a state body with its own "of" (kremlin.ru's "President of the Republic of
Kazakhstan …"); a news page's tail: a tags row set apart by two spaces over a "Рекомендуем" box
whose headline has a colon, and RT's "Related" box over its comments-closed notice."""

import pytest

from structure_support import spoken_rows, turn_rows

_PRESSER = (
    "European Parliament\n"
    "Press conference\n"
    "\n"
    "Brussels, 4 March 2026\n"
    "\n"
    "MODERATOR: Good morning and welcome. With us is the rapporteur, Ms Kowalska, and the "
    "shadow rapporteur, Mr Duarte. {announce} Ms Kowalska, please.\n"
    "\n"
    "KOWALSKA: Thank you. Yesterday we closed the deal on the batteries regulation. We have "
    "clear collection targets and a passport for every industrial battery.\n"
    "\n"
    "DUARTE: Thank you. I want to add only one point. The due-diligence rules for the "
    "mining of cobalt and lithium stay as Parliament wanted them, and the Commission will "
    "review them in 2030.\n"
    "\n"
    "MODERATOR: Thank you. Now the questions. Please introduce yourselves.\n"
    "\n"
    "JOURNALIST: {greeting} Marta Olsen, Europe Daily. Ms Kowalska, did you weaken the "
    "targets at the last minute?\n"
    "\n"
    "KOWALSKA: No, we did not. We clarified how recycled content is counted.\n"
    "\n"
    "DUARTE: If I may add, the industry accepted that in the end, because the clarity on "
    "recycled content is worth more to them than any exemption.\n"
    "\n"
    "JOURNALIST: {follow} When is the plenary vote?\n"
    "\n"
    "KOWALSKA: In April. We expect a comfortable majority.\n"
)


@pytest.mark.parametrize(
    ("greeting", "follow"),
    [
        ("Yes, good afternoon.", "Sorry, a quick follow-up."),
        ("Yes, good morning.", "Sorry, one short follow-up."),
        ("Yes,good evening.", "Sorry, a follow-up."),
    ],
)
def test_lower_case_greeting_intro_and_apologetic_follow_up(greeting: str, follow: str) -> None:
    rows = spoken_rows(
        _PRESSER.format(
            announce="Each will make a short statement and then we take questions.",
            greeting=greeting,
            follow=follow,
        )
    )
    assert [spk for lab, spk, _ in rows if lab == "question"] == ["Marta Olsen", "Marta Olsen"]


@pytest.mark.parametrize(
    "announce",
    [
        "Each will make a short statement and then we take questions.",
        "Both will make a brief statement before your questions.",
        "We start with a short statement from each of them.",
    ],
)
def test_announced_short_statement_makes_statements(announce: str) -> None:
    rows = spoken_rows(
        _PRESSER.format(announce=announce, greeting="Good afternoon.", follow="Sorry, a follow-up.")
    )
    labels = [lab for lab, _, _ in rows]
    assert labels[:4] == ["other", "statement", "statement", "other"]


_TALKS = (
    "Press statements following Russian-{country} talks\n"
    "\n"
    "March 12, 2026\n"
    "The Kremlin, Moscow\n"
    "\n"
    "President of Russia Vladimir Putin: Esteemed colleague, ladies and gentlemen,\n"
    "\n"
    "Our talks were held in a warm and constructive atmosphere. Trade grew by a fifth.\n"
    "\n"
    "Thank you for your attention.\n"
    "\n"
    "{style} {name}{note}: Esteemed President Putin, friends,\n"
    "\n"
    "I am sincerely grateful for the warm welcome. Today we signed nine documents.\n"
    "\n"
    "Dmitry Peskov: Colleagues, we have time for two questions. Please.\n"
    "\n"
    "Question: Good afternoon. RIA Novosti. Mr President, how will trade be protected?\n"
    "\n"
    "Vladimir Putin: We have built our own logistics chains.\n"
)


@pytest.mark.parametrize(
    ("country", "style", "name", "note"),
    [
        ("Kazakh", "President of the Republic of Kazakhstan", "Kassym-Jomart Tokayev", ""),
        (
            "Vietnamese",
            "General Secretary of the Communist Party of Vietnam Central Committee",
            "To Lam",
            " (retranslated)",
        ),
        ("Uzbek", "President of the Republic of Uzbekistan", "Shavkat Mirziyoyev", ""),
    ],
)
def test_head_of_state_styled_by_a_state_body(
    country: str, style: str, name: str, note: str
) -> None:
    rows = spoken_rows(_TALKS.format(country=country, style=style, name=name, note=note))
    assert [(lab, spk) for lab, spk, _ in rows][:3] == [
        ("statement", "Vladimir Putin"),
        ("statement", name),
        ("other", "Dmitry Peskov"),
    ]


_RIA = (
    "РИА Новости\n"
    "\n"
    "Рябков: диалог с Вашингтоном возможен только на равных\n"
    "\n"
    "МОСКВА, 3 мар — РИА Новости.\n"
    "\n"
    "Замглавы МИД России Сергей Рябков рассказал РИА Новости о перспективах диалога с США.\n"
    "\n"
    "— Сергей Алексеевич, возможен ли диалог по стратегической стабильности?\n"
    "\n"
    "— Возможен, но только на равных. Мы ждём конкретных предложений.\n"
    "\n"
    "— А что с работой посольств?\n"
    "\n"
    "— Давление продолжается. Мы отвечаем зеркально, но эскалации не ищем.\n"
    "\n"
    "{tags}\n"
    "\n"
    "Рекомендуем\n"
    "Захарова прокомментировала заявление Госдепа\n"
    "Песков: Кремль следит за переговорами в Женеве\n"
    "\n"
    "© 2026 МИА «Россия сегодня»\n"
)


@pytest.mark.parametrize(
    "tags",
    [
        "Политика  В мире  США  Сергей Рябков  МИД России",
        "В мире  Дипломатия  США",
        "Политика   В мире   США   Сергей Рябков",
    ],
)
def test_recommendation_box_headlines_leave_the_last_answer(tags: str) -> None:
    rows = turn_rows(_RIA.format(tags=tags))
    assert rows[-1][0] == "answer"
    assert rows[-1][2].endswith("эскалации не ищем.")


_RT = (
    "RT\n"
    "\n"
    "'Brussels avoids the cost question' – Finnish economist to RT\n"
    "\n"
    "14 Mar, 2026 11:42\n"
    "\n"
    "Finnish economist Mikko Saari told RT that industry is losing ground. Below is the full "
    "transcript of the interview.\n"
    "\n"
    "RT: Professor Saari, what is going on with the factories?\n"
    "\n"
    "Mikko Saari: Energy-intensive industry cannot survive with such prices.\n"
    "\n"
    "RT: What should the government do first?\n"
    "\n"
    "Saari: Stop pretending that the old market still works. Investors can live with high "
    "prices; what they cannot live with is not knowing.\n"
    "\n"
    "You can share this story on social media:\n"
    "\n"
    "Related\n"
    "{headline}\n"
    "EU gas storage falls below 40% – data\n"
    "\n"
    "{notice}\n"
    "\n"
    "© Autonomous Nonprofit Organization “TV-Novosti”, 2005–2026. All rights reserved.\n"
)


@pytest.mark.parametrize(
    ("headline", "notice"),
    [
        (
            "Nordic power prices hit record as wind drops",
            "Dear readers! Thank you for being with us. Comments are closed for this article.",
        ),
        ("Helsinki: power prices hit record", "Comments are closed for this article."),
        (
            "Nordic power prices hit record as wind drops",
            "Dear readers! Comments have been closed for this story.",
        ),
    ],
)
def test_related_box_and_comments_notice_leave_the_last_answer(headline: str, notice: str) -> None:
    rows = turn_rows(_RT.format(headline=headline, notice=notice))
    assert rows[-1][0] == "answer"
    assert rows[-1][2].endswith("is not knowing.")
