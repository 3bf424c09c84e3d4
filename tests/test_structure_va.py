"""Round 57, batch TR TU: a GPO hearing's witness under military rank, a Commons Minister's post
with a comma-listed remit, an adjournment debate's closing vote, kremlin.ru's
"Публикации по теме" box under the last turn."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

_GPO = (
    "[House Hearing, 119 Congress]\n"
    "[From the U.S. Government Publishing Office]\n\n"
    "                               WITNESSES\n\n"
    "{full}, Commander, Omaha District, U.S. Army \n"
    "  Corps of Engineers, oral statement.............................     6\n\n"
    "    The subcommittee met, pursuant to call, at 10 a.m., Hon. Sam Graves (Chairman of the \n"
    "subcommittee) presiding.\n"
    "    Mr. Graves. The subcommittee will come to order. {label_short}, you are \n"
    "recognized for 5 minutes.\n"
    "    {label}. Chairman Graves, thank you for the opportunity to testify. The district \n"
    "runs six dams on the Missouri River, and most of them were finished in the 1950s.\n"
    "    Mr. Graves. Thank you. How long does a gate repair take today?\n"
    "    {label}. About three weeks, Mr. Chairman, if the parts are in stock.\n"
    "    Mr. Graves. Is that fast enough for the shippers?\n"
    "    {label}. Not yet, sir. We are building a spares inventory this year.\n"
    "    Mr. Graves. Thank you. The subcommittee stands adjourned.\n"
    "    [Whereupon, at 11:02 a.m., the subcommittee was adjourned.]\n"
)


@pytest.mark.parametrize(
    ("full", "label", "surname"),
    [
        ("Colonel Dana Whitcomb", "Colonel Whitcomb", "Whitcomb"),
        ("Lieutenant Colonel Ray Ostrander", "Lieutenant Colonel Ostrander", "Ostrander"),
        ("Brigadier General Alma Kessler", "Brigadier General Kessler", "Kessler"),
        ("Rear Admiral Paul Oyelaran", "Rear Admiral Oyelaran", "Oyelaran"),
    ],
)
def test_gpo_witness_under_military_rank(full: str, label: str, surname: str) -> None:
    """A witness's mixed-case period label may be a military rank and surname: his turns are
    his own, not the tail of the chair's."""
    text = _GPO.format(full=full, label=label, label_short=label)
    rows = turn_rows(text)
    witness = [r for r in rows if r[1] and surname in r[1]]
    assert len(witness) == 3, rows
    assert witness[0][2].startswith("Chairman Graves, thank you"), witness
    assert [r[0] for r in witness[1:]] == ["answer", "answer"], witness


_ADJOURNMENT = (
    "Skip to main content\nHansard\nUK Parliament\nCommons Chamber\nRural Buses: Somerset\n"
    "Volume 782: debated on Thursday 19 March 2026\n"
    "Download text\nShare this debate\nPrevious debate  Next debate\n"
    "Motion made, and Question proposed, That this House do now adjourn.—(Gen Kitchen.)\n"
    "6.02 pm\n"
    "Sarah Dyke (Glastonbury and Somerton) (LD)\n"
    "Share\n"
    "I am grateful for the chance to raise the state of rural bus services in Somerset. Since "
    "2019 my constituency has lost eleven routes, and whole villages now have no service after "
    "six in the evening.\n\n"
    "Jim Shannon (Strangford) (DUP)\n"
    "Share\n"
    "I congratulate the hon. Lady on securing the debate. Does she agree that a bus pass is "
    "worth little where no bus runs?\n\n"
    "Sarah Dyke\n"
    "Share\n"
    "The hon. Gentleman is right, and I thank him for his support.\n\n"
    "Wera Hobhouse (Bath) (LD)\n"
    "Share\n"
    "Will the hon. Lady give way?\n\n"
    "Sarah Dyke\n"
    "Share\n"
    "I will give way.\n\n"
    "Wera Hobhouse\n"
    "Share\n"
    "Bath has lost routes too. Will the hon. Lady join me in asking the Minister to meet the "
    "county councils of the south-west together?\n\n"
    "Sarah Dyke\n"
    "Share\n"
    "I would be delighted to, and I hope the Minister will agree to such a meeting.\n\n"
    "6.14 pm\n"
    "{post} ({minister})\n"
    "Share\n"
    "I congratulate the hon. Member for Glastonbury and Somerton (Sarah Dyke) on securing this "
    "debate and on the care with which she set out the case for her constituents. Rural buses "
    "are a lifeline, and the Government have confirmed the bus grant for another three years.\n\n"
    "We are also giving local transport authorities new powers to plan their networks, and I "
    "would be glad to meet the hon. Lady and her county council to discuss how those powers "
    "can help the villages she described this evening.\n\n"
    "Question put and agreed to.\n"
    "6.25 pm\n"
    "House adjourned.\n"
    "Contains Parliamentary information licensed under the Open Parliament Licence v3.0.\n"
)


@pytest.mark.parametrize(
    ("post", "minister"),
    [
        (
            "The Parliamentary Under-Secretary of State for Environment, Food and Rural Affairs",
            "Daniel Zeichner",
        ),
        ("The Minister for Housing, Communities and Local Government", "Alison Pryce"),
        ("The Parliamentary Under-Secretary of State for Culture, Media and Sport", "Ian Roe"),
    ],
)
def test_adjournment_debate_minister_replies(post: str, minister: str) -> None:
    """The Minister's post, its remit listing departments with commas, and the holder in
    brackets is her label; her reply to the debate, after the members' exchange has closed on
    an answer, is a statement; the vote, clock and "House adjourned." are nobody's words."""
    rows = turn_rows(_ADJOURNMENT.format(post=post, minister=minister))
    last = rows[-1]
    assert last[1] == minister, rows
    assert last[0] == "statement", last
    assert last[2].endswith("villages she described this evening."), last


@pytest.mark.parametrize("closing", ["Хорошо, спасибо большое.", "Спасибо. Успехов вам."])
def test_kremlin_related_box_under_last_turn(closing: str) -> None:
    """kremlin.ru's box of related links under the text, headed "Публикации по теме", ends the
    last turn as its "Материалы по теме" does."""
    text = (
        "Президент России\nСобытия   Новости   Стенограммы   Поиск\n\n"
        "Встреча с Министром транспорта Романом Старовойтом\n\n"
        "Владимир Путин провёл рабочую встречу с Министром транспорта Романом Старовойтом.\n\n"
        "3 марта 2026 года\n15:10\nМосква, Кремль\n\n"
        "В.Путин: Роман Владимирович, как идёт ремонт федеральных трасс?\n\n"
        "Р.Старовойт: Владимир Владимирович, в этом году планируем отремонтировать "
        "около 9 тысяч километров дорог.\n\n"
        "В.Путин: А мосты?\n\n"
        "Р.Старовойт: По мостам программа выполнена на 80 процентов, остальное – до осени.\n\n"
        f"В.Путин: {closing}\n\n"
        "Публикации по теме\n"
        "Совещание по вопросам развития транспортной инфраструктуры Северо-Запада России\n"
        "12 января 2026 года\n"
        "Темы\nТранспорт\n"
        "Дата публикации:\n3 марта 2026 года, 17:20\n"
        "Ссылка на материал:\nkremlin.ru/d/76555\nВерсия для печати\n"
    )
    last = turn_rows(text)[-1]
    assert last[2] == closing, last
    assert last[0] == "other", last
