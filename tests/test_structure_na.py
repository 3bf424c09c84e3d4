"""Small cases for batch NA (whitehouse.gov, state.gov, Bloomberg TV, mid.ru): a press secretary
chairing her guest's questions ("Questions for the Administrator.  Jacqui.", "Mark.", "Okay, I'll
take a few more.  Yes, Steve.") and thanking the guest off mid-briefing ("Great.  Thank you,
Administrator." / "Thank you.") says nothing of her own; a radio host's closing thanks with a
parting wish ("Mr. Secretary, thanks so much.  Safe travels.") asks nothing; Bloomberg's revision
note ("(Updates with S&P 500 close in the second paragraph.)") under the last answer is no
direction; mid.ru's "Ещё по теме" link named by its genre ("Ответ официального представителя …")
trails with the topic row above it."""

import pytest

from structure_support import run, turn_rows

_WH = (
    "Press Briefing by Press Secretary Karoline Leavitt and SBA Administrator Kelly Loeffler\n"
    "The White House\n"
    "April 16, 2025\n\n"
    "MS. LEAVITT:  Good afternoon, everybody.  I'm pleased to welcome to the podium the "
    "Administrator of the Small Business Administration, Kelly Loeffler.\n\n"
    "ADMINISTRATOR LOEFFLER:  Thank you, Karoline.  Small-business optimism is up, and the "
    "numbers we released this morning show why.\n\n"
    "MS. LEAVITT:  {opening}\n\n"
    "Q    You mentioned manufacturers.  What are you telling them?\n\n"
    "ADMINISTRATOR LOEFFLER:  I'm telling them we are expanding our export program.\n\n"
    "MS. LEAVITT:  {call}\n\n"
    "Q    Was the relocation planned properly?\n\n"
    "ADMINISTRATOR LOEFFLER:  Every one of those employees has a workstation.\n\n"
    "MS. LEAVITT:  Great.  Thank you, Administrator.\n\n"
    "ADMINISTRATOR LOEFFLER:  Thank you.\n\n"
    "MS. LEAVITT:  Okay, I'll take a few more.  Yes, Steve.\n\n"
    "Q    Has the President decided on the emergency declaration?\n\n"
    "MS. LEAVITT:  The request came in late last night.  I expect an answer today.\n\n"
    "END                1:34 P.M. EDT\n"
)


@pytest.mark.parametrize(
    ("opening", "call"),
    [
        ("Questions for the Administrator.  Jacqui.", "Mark."),
        ("Okay, questions for the Administrator.  Jacqui.", "Yes, Mark."),
    ],
)
def test_press_secretary_chairs_guest_questions(opening: str, call: str) -> None:
    rows = turn_rows(_WH.format(opening=opening, call=call))
    labels = [(r[0], r[1]) for r in rows]
    assert labels == [
        ("statement", "Karoline Leavitt"),
        ("statement", "Kelly Loeffler"),
        ("other", "Karoline Leavitt"),
        ("question", None),
        ("answer", "Kelly Loeffler"),
        ("other", "Karoline Leavitt"),
        ("question", None),
        ("answer", "Kelly Loeffler"),
        ("other", "Karoline Leavitt"),
        ("answer", "Kelly Loeffler"),
        ("other", "Karoline Leavitt"),
        ("question", None),
        ("answer", "Karoline Leavitt"),
    ]


_RADIO = (
    "Secretary of State Marco Rubio With Brian Kilmeade of The Brian Kilmeade Show\n"
    "Interview\n"
    "Marco Rubio, Secretary of State\n"
    "Washington, D.C.\n"
    "March 12, 2025\n\n"
    "QUESTION:  Joining us right now is the Secretary of State.  Welcome back, Mr. Secretary.\n\n"
    "SECRETARY RUBIO:  Thanks, Brian.  Good to be with you.\n\n"
    "QUESTION:  What happens if Putin says no?\n\n"
    "SECRETARY RUBIO:  Well, then we'll know a lot about what their intentions are.\n\n"
    "QUESTION:  Mr. Secretary, thanks so much.  {wish}\n\n"
    "SECRETARY RUBIO:  Thank you.  Thanks for having me.\n"
)


@pytest.mark.parametrize("wish", ["Safe travels.", "Take care.", "Have a good flight."])
def test_closing_thanks_with_parting_wish_asks_nothing(wish: str) -> None:
    rows = turn_rows(_RADIO.format(wish=wish))
    assert rows[-2][0] == "other"
    assert rows[-2][2].endswith(wish)
    assert rows[-1][:2] == ("answer", "Marco Rubio")


_BLOOMBERG = (
    "Westbridge's Hale Calls Tariff Selloff a 'Gift' for Small-Cap Investors\n"
    "By Bloomberg Television\n"
    "March 14, 2025 at 4:48 PM EDT\n\n"
    "Romaine Bostick: Marcus, good to have you with us. Is the worst of this correction "
    "behind us?\n\n"
    "Marcus Hale: I don't think anybody can tell you that with confidence, Romaine.\n\n"
    "Romaine Bostick: Marcus Hale of Westbridge Capital, thanks for joining us.\n\n"
    "Marcus Hale: Thank you both.\n\n"
    "{note}\n\n"
    "Most Read from Bloomberg Businessweek\n"
    "The Company Behind Every Tariff Refund Is Booming\n"
    "©2025 Bloomberg L.P.\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "(Updates with S&P 500 close in the second paragraph.)",
        "(Adds analyst's comment in fifth paragraph.)",
        "(Corrects spelling of name in headline.)",
    ],
)
def test_wire_update_note_is_no_direction(note: str) -> None:
    doc = run(_BLOOMBERG.format(note=note))
    assert [doc.span_text(d) for d in doc.layer("stage_directions")] == []
    last = doc.layer("turns")[-1]
    assert doc.span_text(last) == "Thank you both."


_MID = (
    "Выступление и ответы на вопросы СМИ Министра иностранных дел Российской Федерации "
    "С.В.Лаврова, Москва, 18 марта 2025 года\n\n"
    "Уважаемые дамы и господа,\n\n"
    "Переговоры прошли в дружественной атмосфере.\n\n"
    "Из ответов на вопросы:\n\n"
    "Вопрос: Как Вы оцениваете итоги разговора президентов?\n\n"
    "С.В.Лавров: Разговор был содержательным. Итоги изложены на сайте Кремля.\n\n"
    "Вопрос: Будет ли создана рабочая группа экспертов?\n\n"
    "С.В.Лавров: Да, эксперты начнут работать в ближайшее время.\n\n"
    "Тематические материалы: Лаосская Народно-Демократическая Республика\n\n"
    "Ещё по теме\n"
    "{link}\n"
)


@pytest.mark.parametrize(
    "link",
    [
        "Ответ официального представителя МИД России М.В.Захаровой на вопрос СМИ в связи с "
        "65-летием установления дипломатических отношений с Лаосом",
        "Интервью Министра иностранных дел Российской Федерации С.В.Лаврова информационному "
        "агентству «Лаос Пасасон» по случаю 65-летия установления дипломатических отношений",
    ],
)
def test_mid_related_genre_link_trails(link: str) -> None:
    rows = turn_rows(_MID.format(link=link))
    assert rows[-1][0] == "answer"
    assert rows[-1][2].endswith("в ближайшее время.")
