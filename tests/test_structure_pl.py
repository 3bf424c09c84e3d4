"""Small cases for batch PL (round 54): a company's name in guillemets inside the teller's post
("… рассказал генеральный директор «…» Имя Фамилия") is no person, the pair after it tells; a
briefing moderator's "Name, Outlet, please go ahead." names the bare QUESTION below; a GPO
hearing chair's hard-wrapped opening that only calls the hearing to order and gives the witness
the floor is the chair's procedure ("other"), as the same words unwrapped are."""

import pytest

from structure_support import spoken_rows, turn_rows

_DASH = (
    "ИЗВЕСТИЯ\n"
    "Экономика\n"
    "«Сеть никто закрывать не собирается»\n"
    "Анна Петрова\n"
    "16 апреля 2025, 00:01\n"
    "Как компания будет меняться, в интервью «Известиям» рассказал {post}.\n"
    "— Такие планы есть?\n"
    "— Нет, закрывать никто не собирается.\n"
    "— А зарплаты?\n"
    "— За два года мы подняли зарплаты на треть.\n"
)


@pytest.mark.parametrize(
    ("post", "guest"),
    [
        ("генеральный директор «Уральской сети» Олег Сомов", "Олег Сомов"),
        ("глава «Северной Почты» Игорь Лунин", "Игорь Лунин"),
    ],
)
def test_quoted_body_in_tellers_post_is_no_person(post: str, guest: str) -> None:
    rows = spoken_rows(_DASH.format(post=post))
    assert [spk for lab, spk, _ in rows if lab == "answer"] == [guest, guest]


_FPC = (
    "On-the-Record Briefing With Assistant Secretary Laura Whitcombe\n"
    "MODERATOR:  Good afternoon. The Assistant Secretary will take your questions.\n"
    "ASSISTANT SECRETARY WHITCOMBE:  Thank you. I'm happy to take your questions.\n"
    "MODERATOR:  {call}\n"
    "QUESTION:  Hi, thank you for doing this. How do these projects respect environmental "
    "standards?\n"
    "ASSISTANT SECRETARY WHITCOMBE:  Every project is reviewed against environmental "
    "criteria.\n"
)


@pytest.mark.parametrize(
    "call",
    [
        "Next we'll go to Zoom. Ana Ruiz, EFE, please go ahead.",
        "Next we'll go to Zoom. Ana Ruiz, EFE. Please go ahead.",
        "Next we'll go to Zoom. Ana Ruiz, EFE.",
    ],
)
def test_moderator_call_with_go_ahead_names_asker(call: str) -> None:
    rows = turn_rows(_FPC.format(call=call))
    assert [spk for lab, spk, _ in rows if lab == "question"] == ["Ana Ruiz"]


_GPO = (
    "[House Hearing, 119 Congress]\n"
    "[From the U.S. Government Publishing Office]\n"
    "    The subcommittee met, pursuant to notice, at 10:03 a.m., in \n"
    "room 2154, Rayburn House Office Building, Hon. Mark Ellisor \n"
    "[chairman of the subcommittee] presiding.\n"
    "    Mr. ELLISOR. The Subcommittee on Government Operations will come to \n"
    "order. Without objection, the chair may declare a recess at any \n"
    "time. We are here today to examine delivery performance in rural \n"
    "areas, and I want to thank our witness for appearing. Mr. Hale, \n"
    "your written statement will be made part of the record, and you \n"
    "are recognized for 5 minutes for your opening statement.\n"
    "    Mr. HALE. Good morning, Chairman Ellisor. Our performance in some rural areas has \n"
    "not met our standards this winter, and staffing on rural routes remains our biggest \n"
    "challenge. I look forward to your questions.\n"
    "    Ms. BRENNAN. Mr. Hale, how many offices in my district missed the standard?\n"
    "    Mr. HALE. Eleven of them, Congresswoman, most of them in January.\n"
)


def test_hard_wrapped_call_to_order_is_the_chairs_procedure() -> None:
    rows = turn_rows(_GPO)
    chair = [lab for lab, spk, body in rows if body.lstrip().startswith("The Subcommittee")]
    assert chair == ["other"]
