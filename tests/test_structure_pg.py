"""Small cases for batch PG (round 54): a Ukrainian lead's "в інтерв'ю Суспільному розповів
<post> <Name>" names the one who answers bold questions (the outlet's adjectival dative, like an
acronym's); an audience member's "Hi, Tom Brewer, retired Army." names the asker; and the panel a
host brings on by name ("Joining me tonight to discuss all of this are …") answers, a
panellist's "Can I jump in on that?" making no co-host of him."""

import pytest

from structure_support import turn_rows

_UA = (
    "Суспільне Вінниця\n\n"
    "Тепло буде: директор підприємства про опалювальний сезон\n\n"
    "20 жовтня 2025, 09:15\n\n"
    "У місті розпочали опалювальний сезон. Чи вистачить газу, {lead} Віталій Гончарук.\n\n"
    "**Коли тепло отримають усі будинки міста?**\n\n"
    "Ми починаємо з соціальних закладів, це вже відбувається. Далі житловий фонд.\n\n"
    "**Чи зміниться тариф цього сезону?**\n\n"
    "Ні. Тариф на тепло для населення залишається незмінним до кінця сезону.\n"
)


@pytest.mark.parametrize(
    ("lead", "answerer"),
    [
        ('в інтерв\'ю Суспільному розповів директор КП "Міськтеплоенерго"', "Віталій Гончарук"),
        ("в інтерв’ю Суспільному розповів директор підприємства", "Віталій Гончарук"),
    ],
)
def test_outlet_adjectival_dative_teller(lead: str, answerer: str) -> None:
    rows = turn_rows(_UA.format(lead=lead))
    assert [(lab, spk) for lab, spk, _ in rows] == [
        ("question", None),
        ("answer", answerer),
        ("question", None),
        ("answer", answerer),
    ]


_FIRESIDE = (
    "Q: Thank you, sir. Megan Alvarez with Breaking Defense. Has any program been cancelled?\n\n"
    "MR. FEINBERG: Yes. I won't name them today, but there are several.\n\n"
    "MODERATOR: One more, in the back.\n\n"
    "Q: {intro} Is the workforce there to make the shells?\n\n"
    "MR. FEINBERG: That's the right question, and it worries me more than money.\n"
)


@pytest.mark.parametrize(
    ("intro", "asker"),
    [
        ("Hi, Tom Brewer, retired Army.", "Tom Brewer"),
        ("Hi, Ann Cole, retired U.S. Navy captain.", "Ann Cole"),
        ("Hi, Tom Brewer, retired.", None),
    ],
)
def test_veteran_self_intro(intro: str, asker: str | None) -> None:
    rows = turn_rows(_FIRESIDE.format(intro=intro))
    assert rows[3][:2] == ("question", asker)


_PANEL = (
    "Jeffrey Goldberg:\n"
    "Good evening. We are ten days into a shutdown. {intro} Vivian Salama, staff writer at The "
    "Atlantic, Leigh Ann Caldwell, of Puck, and Jonathan Lemire, also of The Atlantic. Thank "
    "you all for being here. Leigh Ann, is anyone actually negotiating?\n\n"
    "Leigh Ann Caldwell:\n"
    "Not in any real sense, Jeff. There are conversations, but the leaders are not in them.\n\n"
    "Jeffrey Goldberg:\n"
    "Vivian, is the threat of layoffs real?\n\n"
    "Vivian Salama:\n"
    "It's real in the sense that OMB has sent notices to several agencies already.\n\n"
    "Jonathan Lemire:\n"
    "Can I jump in on that?\n\n"
    "Jeffrey Goldberg:\n"
    "Please.\n\n"
    "Jonathan Lemire:\n"
    "Because I talked to a senior White House official this week who put it that way.\n\n"
    "Jeffrey Goldberg:\n"
    "Explain that. Why are the subsidies such a powerful issue?\n\n"
    "Jonathan Lemire:\n"
    "Because premiums for about 22 million people are set to jump in January.\n"
)


@pytest.mark.parametrize(
    "intro",
    [
        "Joining me tonight to discuss all of this are",
        "Joining me tonight are",
        "Joining us this week are",
    ],
)
def test_introduced_panellist_answers(intro: str) -> None:
    rows = turn_rows(_PANEL.format(intro=intro))
    lemire = [lab for lab, spk, _ in rows if spk == "Jonathan Lemire"]
    assert lemire == ["answer", "answer", "answer"]
