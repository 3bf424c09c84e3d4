"""Small cases for batch RX RY (round 56): a caption lead whose host has a double-barrelled
surname ("Krishnan Guru-Murthy speaks to Dr …, chief executive of …") names the host; a
principal's own call for the last question, split from his answer by a direction, hands the
floor; a photo caption dated by month and year, no stop, under the last answer is the page's."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

_CAPTION_LEAD = (
    "Channel 4 News\n"
    "Watch live\n"
    "UK\n"
    "Politics\n\n"
    "Farmers say subsidy cuts will force sell-offs\n\n"
    "Thursday 12 Feb 2026\n\n"
    "{host} speaks to {guest}, chief executive of Upland Farmers Network (video, 6 min)\n\n"
    "{label}: Doctor, ministers say the old payments rewarded owning land rather than "
    "farming it well. Aren't they right?\n\n"
    "{who}: They are right that the old scheme was clumsy. But the new one pays less, "
    "later, and only after forms that a hill farmer cannot fill in on his own.\n\n"
    "{label}: So how many farms are at risk?\n\n"
    "{who}: Our members tell us one in six could sell within two years. That is the "
    "trouble with a cliff edge rather than a slope.\n\n"
    "{label}: {guest}, thank you very much.\n\n"
    "Related\n"
    "Food prices rise again\n"
)


@pytest.mark.parametrize(
    ("host", "guest", "who"),
    [
        ("Krishnan Guru-Murthy", "Dr Owen Pryce", "Owen Pryce"),
        ("Ayesha Hazarika-Lowe", "Dr Owen Pryce", "Owen Pryce"),
        # (the guest's surname capitalised inside, after a one-word host surname)
        ("Cathy Newman", "Owen McCartney", "Owen McCartney"),
    ],
)
def test_double_barrelled_host_asks(host: str, guest: str, who: str) -> None:
    rows = turn_rows(_CAPTION_LEAD.format(host=host, label=host, guest=guest, who=who))
    assert [(role, name) for role, name, _ in rows] == [
        ("question", host),
        ("answer", who),
        ("question", host),
        ("answer", who),
        ("other", host),
    ]


_PRESSER = (
    "GOV.UK\n\n"
    "Speech\n\n"
    "Chancellor's remarks at press conference on the growth plan: 3 March 2026\n\n"
    "The Chancellor held a press conference in the Treasury today.\n\n"
    "Published 3 March 2026\n\n"
    "Chancellor Rachel Reeves: Good morning. Today we publish a plan to build 200 new "
    "business parks and to cut the time it takes to connect a factory to the grid.\n\n"
    "I'm happy to take your questions.\n\n"
    "Amy Rowe, Sky News: Chancellor, is this money new, or has it been announced before?\n\n"
    "Chancellor: It is new money, Amy, set aside in the spring statement and spent over "
    "five years.\n\n"
    "(Inaudible)\n\n"
    "Chancellor: {call}\n\n"
    "Tom Ashdown, The Times: Chancellor, will you rule out raising income tax?\n\n"
    "Chancellor: I have set out our plans, and I won't write the Budget here. Thank you all.\n"
)


@pytest.mark.parametrize(
    "call",
    [
        "Sorry, I'll take one more. Yes, at the back.",
        "We'll take one more. Yes, in the front row.",
        "Sorry, we'll take one more. Go ahead, please.",
    ],
)
def test_principals_own_last_call_hands_floor(call: str) -> None:
    rows = turn_rows(_PRESSER.format(call=call))
    assert [role for role, _, _ in rows] == [
        "statement",
        "question",
        "answer",
        "other",
        "question",
        "answer",
    ]
    assert rows[3][1] == "Rachel Reeves"


_CAPTIONED = (
    "Радіо Свобода\n"
    "Новини  Війна  Політика\n\n"
    "«Ми рятуємо сад, поки є вода»: як фермери Херсонщини живуть без каналу\n\n"
    "Олена Бондар\n"
    "3 лютого 2026, 10:15\n\n"
    "Про те, як фермери працюють без зрошення, Радіо Свобода поговорило з фермером "
    "Андрієм Мельником.\n\n"
    "Радіо Свобода: Пане Андрію, що сталося з вашим садом?\n\n"
    "Андрій Мельник: Половина дерев засохла за одне літо. Ми возимо воду цистернами, але "
    "на всіх не вистачає. Без каналу тут не буде садів.\n\n"
    "{caption}\n\n"
    "ДИВІТЬСЯ ТАКОЖ:\n"
    "Як живе Херсон під обстрілами\n\n"
    "© 2026 RFE/RL, Inc. Усі права захищено.\n"
)


@pytest.mark.parametrize(
    "caption",
    [
        "Фермер у своєму саду, Херсонська область, серпень 2025 року",
        "Цистерна з водою біля саду, Каховський район, 12 липня 2025",
    ],
)
def test_dated_caption_under_last_answer_trails(caption: str) -> None:
    rows = turn_rows(_CAPTIONED.format(caption=caption))
    assert rows[-1][1] == "Андрій Мельник"
    assert rows[-1][2].endswith("не буде садів.")
