"""Small cases for the JU round (BBC, Sky, the EU midday, OSCE, Kommersant): a press office's
capitals dateline over its transcript ("CHISINAU, 29 September 2025"); a UK press office's
"ENDS" under the last turn, its notes to editors below; Kommersant's comment box ("Для того
чтобы оставить комментарий, авторизуйтесь."); a host's short summing-up that the guest answers
("So no guarantee."); a briefing chaired by the person its lead names, who opens with her own
announcements and answers a question put to her by name."""

import pytest

from structure_support import run, turn_rows


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        ("CHISINAU, 29 September 2025", "Chisinau"),
        ("NEW DELHI, 29 September 2025", "New Delhi"),
        ("NATO, 29 September 2025", None),  # an acronym, no town
    ],
)
def test_capitals_dateline_gives_the_place(dateline: str, place: str | None) -> None:
    text = (
        "Newsroom\n\nTranscript: Press conference of the observation mission\n\n"
        f"{dateline}\n\n"
        "MODERATOR: Good afternoon and welcome. We will take your questions now.\n\n"
        "Question (Reuters): Was the vote free and fair in your assessment?\n\n"
        "Head of Mission: The vote was competitive and freedoms were generally respected.\n"
    )
    assert run(text).meta.place == place


def test_ends_line_closes_the_transcript() -> None:
    text = (
        "JW: Is it true that the maintenance budget has been cut?\n\n"
        "MA: No. What we have done is put record sums into flood defences this year.\n\n"
        "JW: Martin Ashby, thank you.\n\n"
        "ENDS\n\n"
        "Notes to editors\n"
        "The Today programme is broadcast on BBC Radio 4 from 6am on weekdays and is available "
        "on BBC Sounds.\n\n"
        "Search by Tag:\nRadio 4\nToday\n"
    )
    rows = turn_rows(text)
    assert rows[-1][2] == "Martin Ashby, thank you."


@pytest.mark.parametrize(
    "prompt",
    [
        "Для того чтобы оставить комментарий, авторизуйтесь.",
        "Чтобы оставить комментарий, войдите",
    ],
)
def test_comment_box_prompt_is_trailing(prompt: str) -> None:
    text = (
        "**— Почему этим летом снова пришлось отключать потребителей на юге?**\n\n"
        "— Главная причина — дефицит генерации. Потребление в жару выросло, а сеть может "
        "передать только то, что произведено.\n\n"
        "**— Сколько нужно денег, чтобы это исправить?**\n\n"
        "— Наша инвестпрограмма на пять лет — около 190 млрд рублей, и кредиты для нас очень "
        "дороги.\n\n"
        "**— Когда потребители перестанут бояться жаркого лета?**\n\n"
        "— Когда будут построены новые станции, то есть не раньше 2029 года. Честно скажу: "
        "два-три лета будут непростыми.\n\n"
        f"Комментарии\n{prompt}\n\nЧитайте также\nНовость о тарифах на 2026 год\n"
    )
    rows = turn_rows(text)
    assert rows[-1][2].endswith("будут непростыми.")


@pytest.mark.parametrize(
    ("remark", "label"),
    [
        ("So no guarantee.", "question"),
        ("So that's a no.", "question"),
        ("So, thank you.", "other"),  # a thanks, no verdict
    ],
)
def test_host_summing_up_asks(remark: str, label: str) -> None:
    text = (
        "Sky News\n\n"
        "Wilfred Frost: Minister, good morning. Can you rule out cutting stamp duty relief for "
        "first-time buyers in the Budget next month?\n\n"
        "Helen Carver: You know I'm not going to write the Chancellor's Budget on your sofa, "
        "Wilfred. Helping first-time buyers is a priority and that won't change.\n\n"
        f"Wilfred Frost: {remark}\n\n"
        "Helen Carver: No speculation, and no change to the priority. That's different.\n\n"
        "Wilfred Frost: Let me ask you about the planning bill. When will it start to bite?\n\n"
        "Helen Carver: Next year, when the first permissions under it come through.\n"
    )
    rows = turn_rows(text)
    row = next(r for r in rows if r[2] == remark)
    assert row[:2] == (label, "Wilfred Frost")


_MIDDAY = (
    "Press corner\n\nMidday briefing of 3 December 2025\n\nBrussels, 3 December 2025\n\n"
    "Midday briefing chaired by Chief Spokesperson Elena Marchetti\n\n"
    "Elena Marchetti: Good afternoon and welcome to the midday. Two announcements from me "
    "before we go to your questions. First, this afternoon the President will receive the "
    "Prime Minister of Iceland, and there will be a joint press point at around 16:30 in the "
    "VIP corner. Second, the Commission has today adopted its proposal for a new regulation on "
    "the security of critical medicines, which the Commissioner presented at 11:00 in this "
    "room. The material is online. My colleague Jonas Wieland is here for your questions on "
    "that file. The floor is yours.\n\n"
    "Question: Tom Keller, Handelsblatt. Why is joint procurement voluntary?\n\n"
    "Jonas Wieland: It reflects what member states told us in the consultation, and the "
    "tenders will give weight to the security of supply.\n\n"
    "Question: Lucía Herrero, EFE. A question for Elena, if I may. Will the President attend "
    "the closing session in person?\n\n"
    "Elena Marchetti: The President's programme for next week will be communicated on Friday "
    "as usual, and I have nothing to announce today.\n\n"
    "Question: On medicines again, what is the budget attached to the proposal?\n\n"
    "Jonas Wieland: There is no new budget line in the proposal itself.\n\n"
    "Elena Marchetti: Thank you very much, and have a nice afternoon.\n"
)


def test_lead_named_chair_opens_with_a_statement_and_answers_when_asked() -> None:
    rows = turn_rows(_MIDDAY)
    assert rows[0][:2] == ("statement", "Elena Marchetti")
    put = next(r for r in rows if r[2].startswith("The President's programme"))
    assert put[:2] == ("answer", "Elena Marchetti")
    assert rows[-1][:2] == ("other", "Elena Marchetti")


def test_chair_not_asked_by_name_hands_over() -> None:
    text = _MIDDAY.replace("A question for Elena, if I may. ", "")
    rows = turn_rows(text)
    put = next(r for r in rows if r[2].startswith("The President's programme"))
    assert put[0] == "other"


def test_press_office_credit_line_is_no_introduction() -> None:
    text = (
        "BBC\nMedia Centre\n\n"
        "Justin Webb's interview with Environment Secretary Martin Ashby\n\n"
        "Today programme, BBC Radio 4, 0810, Thursday 20 November 2025\n\n"
        "Please credit BBC Radio 4's Today programme if you use any of this material.\n\n"
        "JW: Is it true that the maintenance budget for flood defences has been cut?\n\n"
        "MA: No. What we have done is put record sums into flood defences this year.\n\n"
        "JW: The National Audit Office found defences in poor condition. Is that acceptable?\n\n"
        "MA: That report looked at the position we inherited, and I accept its findings.\n\n"
        "JW: What do you say to the people of Bentley, flooded again?\n\n"
        "MA: I say that I am sorry, genuinely, and that the pumping station is being upgraded.\n"
    )
    rows = turn_rows(text)
    assert [row[0] for row in rows] == ["question", "answer"] * 3
